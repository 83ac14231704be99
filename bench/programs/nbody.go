// nbody: a gravitational simulation of a small made-up planetary system, advanced with a
// simple symplectic Euler step. Prints the system's energy before and after.
//
// usage: nbody N (number of steps)
package main

import (
	"fmt"
	"os"
)

type body struct {
	x, y, z    float64
	vx, vy, vz float64
	mass       float64
}

const (
	solarMass   = 4 * 3.141592653589793 * 3.141592653589793
	daysPerYear = 365.24
)

// makeSystem builds a sun and four planets on slightly inclined, nearly circular orbits.
func makeSystem() []*body {
	bodies := []*body{{mass: solarMass}}
	radii := []float64{5.2, 9.5, 19.2, 30.1}
	masses := []float64{9.5e-4, 2.9e-4, 4.4e-5, 5.2e-5}
	for i, r := range radii {
		// circular speed at radius r around the sun, in AU/year, with a small tilt
		v := 2 * 3.141592653589793 / sqrt(r)
		tilt := 0.01 * float64(i+1)
		bodies = append(bodies, &body{
			x: r, y: 0.1 * float64(i), z: tilt * r,
			vx: -0.02 * v, vy: v, vz: -tilt * v,
			mass: masses[i] * solarMass,
		})
	}
	// zero the total momentum by giving the sun the opposite of the planets'
	var px, py, pz float64
	for _, b := range bodies {
		px += b.vx * b.mass
		py += b.vy * b.mass
		pz += b.vz * b.mass
	}
	bodies[0].vx = -px / solarMass
	bodies[0].vy = -py / solarMass
	bodies[0].vz = -pz / solarMass
	return bodies
}

// sqrt by Newton's method, so that the program needs no math package.
func sqrt(x float64) float64 {
	if x == 0 {
		return 0
	}
	g := x
	if g < 1 {
		g = 1
	}
	for i := 0; i < 60; i++ {
		ng := 0.5 * (g + x/g)
		if ng == g {
			break
		}
		g = ng
	}
	return g
}

func energy(bodies []*body) float64 {
	e := 0.0
	for i, a := range bodies {
		e += 0.5 * a.mass * (a.vx*a.vx + a.vy*a.vy + a.vz*a.vz)
		for _, b := range bodies[i+1:] {
			dx, dy, dz := a.x-b.x, a.y-b.y, a.z-b.z
			e -= a.mass * b.mass / sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

func advance(bodies []*body, dt float64) {
	for i, a := range bodies {
		for _, b := range bodies[i+1:] {
			dx, dy, dz := a.x-b.x, a.y-b.y, a.z-b.z
			d2 := dx*dx + dy*dy + dz*dz
			mag := dt / (d2 * sqrt(d2))
			am, bm := a.mass*mag, b.mass*mag
			a.vx -= dx * bm
			a.vy -= dy * bm
			a.vz -= dz * bm
			b.vx += dx * am
			b.vy += dy * am
			b.vz += dz * am
		}
	}
	for _, b := range bodies {
		b.x += dt * b.vx
		b.y += dt * b.vy
		b.z += dt * b.vz
	}
}

// atoi parses a non-negative decimal argument by hand, so that the program needs only fmt
// and os from the standard library.
func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	bodies := makeSystem()
	fmt.Printf("%.9f\n", energy(bodies))
	for i := 0; i < n; i++ {
		advance(bodies, 0.01)
	}
	fmt.Printf("%.9f\n", energy(bodies))
}
