// Package math provides floating-point constants and functions whose results
// are bit-for-bit those of gc on linux/amd64: the same reduction steps and
// polynomial coefficients (Cephes and FreeBSD msun, as gc uses), and the same
// choices where gc uses assembly on amd64 (Exp, Log, Hypot, Max, Min; Sqrt
// and FMA are machine instructions). Covered: constants, bit conversions,
// classification, rounding, Mod/Modf/Frexp/Ldexp/Remainder, Exp/Exp2/Expm1,
// Log/Log2/Log10/Log1p/Logb/Ilogb, Pow/Pow10, trigonometric, inverse
// trigonometric, hyperbolic and inverse hyperbolic functions, Cbrt, Hypot,
// FMA, Nextafter, Gamma/Lgamma, Erf/Erfc/Erfinv/Erfcinv and the Bessel
// functions: the whole API of gc's package math.
package math

// Mathematical constants, exact (untyped) to more digits than float64 holds.
const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078781416357165377610071014801157507931
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E  = 1 / Ln2
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E = 1 / Ln10
)

// Limits of the floating-point types.
const (
	MaxFloat32             = 0x1p127 * (2 - 0x1p-23)
	SmallestNonzeroFloat32 = 0x1p-149
	MaxFloat64             = 0x1p1023 * (2 - 0x1p-52)
	SmallestNonzeroFloat64 = 0x1p-1074
)

// Limits of the integer types (int and uint are 64 bits wide on amd64).
const (
	MaxInt    = 1<<63 - 1
	MinInt    = -1 << 63
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<64 - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

// IEEE 754 double layout.
const (
	nanBits    = 0x7FF8000000000001 // the NaN that NaN() returns
	infBits    = 0x7FF0000000000000
	negInfBits = 0xFFF0000000000000
	oneBits    = 0x3FF0000000000000
	expMask    = 0x7FF
	fracBits   = 52
	expBias    = 1023
	signBit    = 1 << 63
	fracMask   = 1<<fracBits - 1
)
