package main

import "fmt"

func main() {
	goto end
	x := 5
	fmt.Println(x)
end:
	fmt.Println("done")
	{
	inner:
		fmt.Println()
	}
	goto inner
}
