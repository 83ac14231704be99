package main
import (
"fmt"
