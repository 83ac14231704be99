package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	pid := os.Getpid()
	fmt.Println(pid > 0, os.Getppid() > 0, os.Getppid() != pid)
	fmt.Println(os.Getuid() >= 0, os.Geteuid() == os.Getuid(), os.Getgid() >= 0, os.Getegid() == os.Getgid())

	host, err := os.Hostname()
	fmt.Println(host != "", err)
	b, err := os.ReadFile("/proc/sys/kernel/hostname")
	if err == nil {
		fmt.Println(strings.TrimSpace(string(b)) == host)
	}
	stat, err := os.ReadFile("/proc/self/stat")
	if err == nil {
		fmt.Println(strings.HasPrefix(string(stat), fmt.Sprint(pid)+" "))
	}
	fmt.Println(len(os.Args), len(os.Args[0]) > 0)
	home, err := os.UserHomeDir()
	fmt.Println(home == os.Getenv("HOME"), err)
	defer fmt.Println("deferred calls do not run on Exit")
	os.Exit(3)
}
