package main

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
)

type Student struct {
	Name   string
	Grades map[string][]float64
}

func (s *Student) Add(subject string, g ...float64) {
	if s.Grades == nil {
		s.Grades = make(map[string][]float64)
	}
	s.Grades[subject] = append(s.Grades[subject], g...)
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	var s float64
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func stddev(xs []float64) float64 {
	m := mean(xs)
	var ss float64
	for _, x := range xs {
		ss += (x - m) * (x - m)
	}
	return math.Sqrt(ss / float64(len(xs)))
}

func letter(avg float64) string {
	switch {
	case math.IsNaN(avg):
		return "-"
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	default:
		return "F"
	}
}

func main() {
	students := []*Student{{Name: "Ann"}, {Name: "Bob"}, {Name: "Cy"}}
	students[0].Add("math", 95, 88.5, 92)
	students[0].Add("art", 78)
	students[1].Add("math", 65, 72)
	students[1].Add("art")
	students[2].Add("math", 100)
	students[2].Add("art", 89.99, 90.01)
	subjects := map[string]bool{}
	for _, s := range students {
		for sub := range s.Grades {
			subjects[sub] = true
		}
	}
	subs := make([]string, 0, len(subjects))
	for s := range subjects {
		subs = append(subs, s)
	}
	sort.Strings(subs)
	fmt.Printf("%-5s", "name")
	for _, s := range subs {
		fmt.Printf("|%8s", s)
	}
	fmt.Println("|overall")
	fmt.Println(strings.Repeat("-", 5+9*len(subs)+8))
	type ranked struct {
		name string
		avg  float64
	}
	var ranks []ranked
	for _, st := range students {
		fmt.Printf("%-5s", st.Name)
		var all []float64
		for _, sub := range subs {
			g := st.Grades[sub]
			fmt.Printf("|%6.2f %s", mean(g), letter(mean(g)))
			all = append(all, g...)
		}
		avg := mean(all)
		ranks = append(ranks, ranked{st.Name, avg})
		fmt.Printf("|%.3f sd=%.3f\n", avg, stddev(all))
	}
	sort.Slice(ranks, func(i, j int) bool { return ranks[i].avg > ranks[j].avg })
	for i, r := range ranks {
		fmt.Printf("#%d %s %v\n", i+1, r.name, math.Round(r.avg*100)/100)
	}
	fmt.Println(math.NaN() == math.NaN(), math.IsInf(1/math.Inf(-1), 0), math.Inf(1), -math.Inf(1), math.MaxInt64, math.SmallestNonzeroFloat64)
	if ranks[0].avg < 90 {
		fmt.Fprintln(os.Stderr, "nobody got an A")
		os.Exit(4)
	}
}
