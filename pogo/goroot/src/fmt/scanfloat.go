package fmt

import "strconv"

// parseFloat converts a scanned float token, with strconv's rounding and errors.
func parseFloat(tok string, bitSize int) (float64, error) {
	return strconv.ParseFloat(tok, bitSize)
}
