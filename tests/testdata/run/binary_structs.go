package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   int8
	_       [3]byte
	Size    int64
	Ratio   float32
	Pi      float64
	OK      bool
	Pts     [2]struct{ X, Y int16 }
	C       complex128
}

func main() {
	h := Header{Magic: [4]byte{'P', 'O', 'G', 'O'}, Version: 3, Flags: -2, Size: -123456789, Ratio: 1.5, Pi: math.Pi, OK: true, C: complex(1, -2)}
	h.Pts[1].Y = -7
	fmt.Println(binary.Size(h), binary.Size(&h), binary.Size([]Header{h, h}), binary.Size([3]uint16{}))
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		var buf bytes.Buffer
		err := binary.Write(&buf, order, &h)
		fmt.Println(err, buf.Len())
		fmt.Printf("% x\n", buf.Bytes())
		var g Header
		err = binary.Read(bytes.NewReader(buf.Bytes()), order, &g)
		fmt.Println(err, g == h, g.Pts, g.C)
		b, err := binary.Append(nil, order, [2]int32{-1, 2})
		fmt.Println(b, err)
		var arr [2]int32
		n, err := binary.Decode(b, order, &arr)
		fmt.Println(n, err, arr)
		n, err = binary.Encode(make([]byte, 3), order, arr)
		fmt.Println(n, err)
		n, err = binary.Decode(b[:3], order, &arr)
		fmt.Println(n, err)
	}
	hs := make([]Header, 2)
	var buf bytes.Buffer
	binary.Write(&buf, binary.BigEndian, []Header{h, h})
	fmt.Println(binary.Read(&buf, binary.BigEndian, hs), hs[1].Size)
	fmt.Println(binary.Write(&buf, binary.LittleEndian, struct{ A int }{1}))
	fmt.Println(binary.Read(&buf, binary.LittleEndian, h))
	fmt.Println(binary.Size(struct{ S string }{}), binary.Size([]int{1}))
	var z struct{ A, B uint16 }
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2}), binary.LittleEndian, &z), z)
}
