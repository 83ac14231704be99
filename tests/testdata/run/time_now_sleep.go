// Now, Sleep, Since and Until, printed only as facts that do not depend on timing.
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 10*time.Second)
	later := time.Now()
	fmt.Println(later.After(start), start.Before(later), later.Sub(start) >= el, time.Until(start) < 0)
	fmt.Println(start.Year() >= 2024, start.Location(), strings.Contains(start.String(), " m=+"))
	fmt.Println(strings.Contains(start.Round(0).String(), "m="), start.Round(0).Equal(start))
	time.Sleep(0)
	time.Sleep(-5)
	fmt.Println("done")
}
