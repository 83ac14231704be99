package main

import (
	"fmt\q"
	x 5
	"os\z"
)

func main() {}
