package fmt

// parseFloat converts a scanned float token. It needs strconv.ParseFloat,
// which pogo's strconv does not have yet: until it does, scanning a float
// stops the program with a clear message instead of storing a wrong value.
// TODO: return strconv.ParseFloat(tok, bitSize) once it exists.
func parseFloat(tok string, bitSize int) (float64, error) {
	panic("pogo: fmt: scanning floating-point numbers is not supported yet (needs strconv.ParseFloat)")
}
