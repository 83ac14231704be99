# command-line-arguments
./esc_global_store.go:7:2: moved to heap: v
