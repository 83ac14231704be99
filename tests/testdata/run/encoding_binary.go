package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

func main() {
	b := make([]byte, 8)
	binary.LittleEndian.PutUint16(b, 0x1234)
	fmt.Printf("% x %#x\n", b[:2], binary.LittleEndian.Uint16(b))
	binary.BigEndian.PutUint16(b, 0x1234)
	fmt.Printf("% x %#x\n", b[:2], binary.BigEndian.Uint16(b))
	binary.LittleEndian.PutUint32(b, 0xdeadbeef)
	fmt.Printf("% x %#x %#x\n", b[:4], binary.LittleEndian.Uint32(b), binary.BigEndian.Uint32(b))
	binary.BigEndian.PutUint64(b, 0x0102030405060708)
	fmt.Printf("% x %#x %#x\n", b, binary.BigEndian.Uint64(b), binary.LittleEndian.Uint64(b))
	fmt.Printf("% x\n", binary.BigEndian.AppendUint32([]byte{0xff}, 7))
	fmt.Printf("% x\n", binary.LittleEndian.AppendUint64(nil, 1<<40))
	fmt.Printf("% x\n", binary.NativeEndian.AppendUint16(nil, 0xabcd))
	fmt.Println(binary.LittleEndian, binary.BigEndian, binary.NativeEndian)
	fmt.Printf("%v %#v\n", binary.BigEndian, binary.LittleEndian)
	var order binary.ByteOrder = binary.BigEndian
	fmt.Println(order.Uint16([]byte{1, 2}))

	buf := make([]byte, binary.MaxVarintLen64)
	for _, x := range []uint64{0, 1, 127, 128, 255, 300, 16384, 1<<63 - 1, 1<<64 - 1} {
		n := binary.PutUvarint(buf, x)
		y, m := binary.Uvarint(buf[:n])
		fmt.Printf("%d -> % x -> %d %d\n", x, buf[:n], y, m)
	}
	for _, x := range []int64{0, -1, 1, -64, 63, -65, 1 << 40, -1 << 63} {
		n := binary.PutVarint(buf, x)
		y, m := binary.Varint(buf[:n])
		fmt.Printf("%d -> % x -> %d %d\n", x, buf[:n], y, m)
	}
	fmt.Println(binary.Uvarint([]byte{0x80, 0x80}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}))
	fmt.Println(binary.Uvarint(nil))
	fmt.Printf("% x\n", binary.AppendUvarint([]byte{9}, 1000))
	fmt.Printf("% x\n", binary.AppendVarint(nil, -1000))
	r := bytes.NewReader([]byte{0xac, 0x02, 0x03, 0x80})
	v, err := binary.ReadUvarint(r)
	fmt.Println(v, err)
	sv, err := binary.ReadVarint(r)
	fmt.Println(sv, err)
	v, err = binary.ReadUvarint(r)
	fmt.Println(v, err)
	v, err = binary.ReadUvarint(r)
	fmt.Println(v, err)
	v, err = binary.ReadUvarint(bytes.NewReader([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}))
	fmt.Println(v, err)

	var w bytes.Buffer
	fmt.Println(binary.Write(&w, binary.LittleEndian, uint16(0x0102)))
	fmt.Println(binary.Write(&w, binary.BigEndian, int32(-2)))
	fmt.Println(binary.Write(&w, binary.LittleEndian, []uint16{1, 2, 3}))
	fmt.Println(binary.Write(&w, binary.BigEndian, true))
	fmt.Println(binary.Write(&w, binary.BigEndian, float64(1.5)))
	fmt.Println(binary.Write(&w, binary.BigEndian, 5))
	fmt.Printf("% x\n", w.Bytes())
	var a uint16
	var c int32
	d := make([]uint16, 3)
	var t bool
	var f float64
	fmt.Println(binary.Read(&w, binary.LittleEndian, &a), binary.Read(&w, binary.BigEndian, &c), binary.Read(&w, binary.LittleEndian, d), binary.Read(&w, binary.BigEndian, &t), binary.Read(&w, binary.BigEndian, &f))
	fmt.Println(a, c, d, t, f)
	fmt.Println(binary.Read(&w, binary.BigEndian, &a))
	fmt.Println(binary.Read(bytes.NewReader([]byte{1}), binary.BigEndian, &a))
	fmt.Println(binary.Size(uint32(0)), binary.Size([]int64{1, 2}), binary.Size(&f), binary.Size(3))
	out, err := binary.Append([]byte{0xee}, binary.BigEndian, []int16{-1, 2})
	fmt.Printf("% x %v\n", out, err)
	n, err := binary.Encode(make([]byte, 1), binary.BigEndian, uint32(1))
	fmt.Println(n, err)
	n, err = binary.Decode([]byte{0, 0, 0, 9}, binary.BigEndian, &c)
	fmt.Println(n, err, c)
}
