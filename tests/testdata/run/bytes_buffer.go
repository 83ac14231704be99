// bytes: Buffer growth (Len/Cap/Available as gc), Next, Truncate, Grow, Reset, Unread*; Reader Len/Size/Unread*/Reset; nil *Buffer String.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	for i := 0; i < 20; i++ {
		b.WriteString("hello ")
		b.WriteByte('x')
		b.WriteRune('☺')
		b.Write([]byte{'!'})
		fmt.Println(b.Len(), b.Cap(), b.Available())
	}
	fmt.Printf("%q\n", b.String()[:20])
	next := b.Next(5)
	fmt.Println(string(next), b.Len())
	fmt.Println(b.UnreadByte(), b.Len(), b.UnreadByte())
	b.ReadByte()
	fmt.Println(b.Len())
	b.Truncate(10)
	fmt.Printf("%q\n", b.String())
	b.Grow(1000)
	fmt.Println(b.Len(), b.Cap())
	b.Reset()
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	nb := bytes.NewBufferString("line1\nline2\nrest")
	fmt.Println(nb.Len(), nb.UnreadRune())
	line := nb.Next(0)
	fmt.Println(len(line), line == nil)
	for nb.Len() > 0 {
		nb.ReadRune()
		fmt.Print(nb.Len(), " ")
	}
	fmt.Println(nb.UnreadRune(), nb.Len(), nb.UnreadRune())
	r := bytes.NewReader([]byte("héllo"))
	fmt.Println(r.Len(), r.Size(), r.UnreadByte(), r.UnreadRune())
	r.ReadRune()
	r.ReadRune()
	fmt.Println(r.Len(), r.UnreadRune(), r.Len(), r.UnreadRune())
	r.Reset([]byte("xy"))
	fmt.Println(r.Len(), r.Size())
	var np *bytes.Buffer
	fmt.Println(np.String())
}
