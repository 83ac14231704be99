package runtime

// Goroutine stacks are fixed-size mappings with a guard page, not growable stacks:
// pogo's frames are not yet described precisely enough to copy a stack (moving it
// would need every pointer into it adjusted). Each stack reserves stackSize bytes
// of address space with MAP_NORESERVE, so only the pages a goroutine touches use
// memory; the PROT_NONE page below it turns an overflow into a fault instead of
// silent corruption of a neighbour. Stacks of dead goroutines are reused.

const stackSize = 1 << 20
const guardSize = 4096

const (
	sysMprotect  = 10
	mapNoreserve = 0x4000
	mapStack     = 0x20000
)

// stackalloc maps a new goroutine stack and returns its usable bounds.
func stackalloc() (lo, hi uintptr) {
	const protRW = 3
	const mapPrivateAnon = 0x22
	n := uintptr(stackSize + guardSize)
	r, e := syscall6(sysMmap, 0, n, protRW, mapPrivateAnon|mapNoreserve|mapStack, ^uintptr(0), 0)
	if e != 0 {
		throw("out of memory allocating a goroutine stack")
	}
	syscall6(sysMprotect, r, guardSize, 0, 0, 0, 0)
	return r + guardSize, r + n
}
