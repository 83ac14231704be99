# command-line-arguments
./esc_iface_box.go:7:9: x escapes to heap
