package runtime

// Goroutine stacks are fixed-size mappings with a guard page, not growable stacks:
// pogo's frames are not yet described precisely enough to copy a stack (moving it
// would need every pointer into it adjusted), and values that live on a stack may
// be the targets of channel operations of parked goroutines. Each stack reserves
// 64 MiB of address space with MAP_NORESERVE, so only the pages a goroutine touches
// use memory (10,000 goroutines reserve 640 GB of the 128 TB address space but use
// a few pages each); the PROT_NONE page below it turns an overflow into a fault
// instead of silent corruption of a neighbour. Each stack costs two kernel memory
// mappings, so vm.max_map_count (65530 by default) bounds live goroutines at about
// 32,000. Stacks of dead goroutines are reused.

const stackSize = 64 << 20
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
