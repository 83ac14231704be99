package main

import "fmt"

func findPair(nums []int, target int) (int, int, bool) {
outer:
	for i := 0; i < len(nums); i++ {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] > target*2 {
				continue outer
			}
			if nums[i]+nums[j] == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		fallthrough
	case n == 1:
		return "small"
	case n%2 == 0:
		if n > 100 {
			break
		}
		return "even"
	default:
		return "odd"
	}
	return "big even"
}

func main() {
	fmt.Println(findPair([]int{1, 5, 3, 7, 9}, 10))
	fmt.Println(findPair([]int{1, 2}, 10))
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
	for _, n := range []int{-5, 0, 1, 4, 7, 200} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			switch {
			case v < 0:
				fmt.Println("negative at", r, c)
				found = true
				break search
			case v%2 == 0:
				continue
			}
			fmt.Print(v, " ")
		}
	}
	fmt.Println(found)
	i := 0
	count := 0
L:
	for {
		select {
		default:
			i++
			if i%3 == 0 {
				continue L
			}
			if i > 10 {
				break L
			}
			count++
		}
	}
	fmt.Println(i, count)
	n := 0
	for n < 5 {
		n += 2
	}
	var s []string
	for k := 3; k > 0; k-- {
		switch k {
		case 3:
			s = append(s, "three")
		case 2:
			s = append(s, "two")
			continue
		case 1:
			s = append(s, "one")
		}
		s = append(s, "|")
	}
	fmt.Println(n, s)
}
