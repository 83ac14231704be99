package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	start, err := os.Getwd()
	fmt.Println(err, filepath.IsAbs(start))
	dir, err := os.MkdirTemp("", "pogo-os-cwd-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	real, _ := filepath.Abs(dir)

	fmt.Println(os.Chdir(dir))
	wd, err := os.Getwd()
	fmt.Println(err, filepath.Base(wd) == filepath.Base(real))

	// Relative names now resolve inside dir.
	fmt.Println(os.WriteFile("rel.txt", []byte("relative"), 0644))
	b, err := os.ReadFile(filepath.Join(dir, "rel.txt"))
	fmt.Println(string(b), err)
	fmt.Println(os.Mkdir("child", 0755), os.Chdir("child"))
	wd, _ = os.Getwd()
	fmt.Println(filepath.Base(wd))
	b, err = os.ReadFile("../rel.txt")
	fmt.Println(string(b), err)
	abs, _ := filepath.Abs("x/../y")
	fmt.Println(filepath.Base(abs), filepath.Base(filepath.Dir(abs)))

	f, _ := os.Open("..")
	fmt.Println(f.Chdir())
	f.Close()
	wd, _ = os.Getwd()
	fmt.Println(filepath.Base(wd) == filepath.Base(real))
	fmt.Println(os.Chdir(start))
	wd, _ = os.Getwd()
	fmt.Println(wd == start)
}
