package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

// The usual fast-input pattern: Fscan from a bufio.Reader, output through
// a bufio.Writer.
func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	var n int
	fmt.Fscan(in, &n)
	nums := make([]int, n)
	sum := 0
	for i := range nums {
		fmt.Fscan(in, &nums[i])
		sum += nums[i]
	}
	var name string
	fmt.Fscan(in, &name)
	sort.Ints(nums)
	fmt.Fprintln(out, "n:", n, "sum:", sum, "name:", name)
	for _, x := range nums {
		fmt.Fprint(out, x, " ")
	}
	fmt.Fprintln(out)
	var extra int
	k, err := fmt.Fscan(in, &extra)
	fmt.Fprintln(out, k, err)
}
