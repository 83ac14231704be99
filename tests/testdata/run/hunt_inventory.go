package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
	Tags  []string
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

var ErrNotFound = errors.New("not found")

type StockError struct {
	Name string
	Have int
	Want int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("insufficient stock for %q: have %d, want %d", e.Name, e.Have, e.Want)
}

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]*Item)}
}

func (inv *Inventory) Add(name string, price float64, qty int, tags ...string) {
	if it, ok := inv.items[name]; ok {
		it.Qty += qty
		inv.log = append(inv.log, fmt.Sprintf("restock %s +%d", name, qty))
		return
	}
	inv.items[name] = &Item{Name: name, Price: price, Qty: qty, Tags: tags}
	inv.log = append(inv.log, "add "+name)
}

func (inv *Inventory) Take(name string, n int) error {
	it, ok := inv.items[name]
	if !ok {
		return fmt.Errorf("take %s: %w", name, ErrNotFound)
	}
	if it.Qty < n {
		return fmt.Errorf("take: %w", &StockError{name, it.Qty, n})
	}
	it.Qty -= n
	return nil
}

func (inv *Inventory) Sorted(less func(a, b *Item) bool) []*Item {
	out := make([]*Item, 0, len(inv.items))
	for _, it := range inv.items {
		out = append(out, it)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func (inv *Inventory) Value() (total float64) {
	for _, it := range inv.items {
		total += it.Price * float64(it.Qty)
	}
	return
}

func main() {
	inv := NewInventory()
	inv.Add("apple", 0.5, 100, "fruit", "red")
	inv.Add("banana", 0.25, 150, "fruit")
	inv.Add("hammer", 12.99, 5, "tool")
	inv.Add("apple", 0.5, 20)
	inv.Add("nails", 0.01, 1000, "tool", "small")

	for _, req := range []struct {
		name string
		n    int
	}{{"apple", 30}, {"pear", 1}, {"hammer", 10}, {"nails", 999}} {
		if err := inv.Take(req.name, req.n); err != nil {
			var se *StockError
			switch {
			case errors.Is(err, ErrNotFound):
				fmt.Println("missing:", err)
			case errors.As(err, &se):
				fmt.Printf("stock: %v (short by %d)\n", err, se.Want-se.Have)
			default:
				fmt.Println("other:", err)
			}
		}
	}
	byName := inv.Sorted(func(a, b *Item) bool { return a.Name < b.Name })
	for _, it := range byName {
		fmt.Printf("%-8s|%6.2f|%5d|%v\n", it.Name, it.Price, it.Qty, it.Tags)
	}
	byQty := inv.Sorted(func(a, b *Item) bool { return a.Qty > b.Qty })
	var sb strings.Builder
	for i, it := range byQty {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%s=%d", it.Name, it.Qty)
	}
	fmt.Println(sb.String())
	fmt.Printf("total value: %.3f\n", inv.Value())
	fmt.Println(strings.Join(inv.log, "; "))
	fmt.Printf("%+v\n", *byName[0])
	fmt.Printf("%v\n", byName[0].Tags == nil)
}
