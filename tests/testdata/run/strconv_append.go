// strconv: AppendInt, AppendUint, AppendBool, FormatBool and AppendQuote* onto existing buffers.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	b := []byte("x=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 255, 2)
	b = append(b, ' ')
	b = strconv.AppendInt(b, 1<<62, 36)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = strconv.AppendBool(b, false)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q\"uo\tte")
	b = strconv.AppendQuoteToASCII(b, "日本")
	b = strconv.AppendQuoteRune(b, '\'')
	b = strconv.AppendQuoteRuneToASCII(b, '本')
	b = strconv.AppendQuoteToGraphic(b, "\u00a0\t")
	b = strconv.AppendQuoteRuneToGraphic(b, 0x3000)
	fmt.Println(string(b))
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false), strconv.IntSize)
	var empty []byte
	fmt.Println(len(strconv.AppendInt(empty, 0, 10)), string(strconv.AppendInt(nil, -1, 2)))
}
