package syscall

// The environment is the "key=value" strings the kernel passed after argv;
// Unsetenv blanks an entry rather than moving the others, as gc does, so
// Environ keeps the original order.

var envs []string
var envLoaded bool

// runtime_envs is provided by the runtime.
func runtime_envs() []string

func loadEnv() {
	if envLoaded {
		return
	}
	envLoaded = true
	envs = runtime_envs()
	// Later duplicates of a key are hidden, as gc's copyenv does.
	for i := 0; i < len(envs); i++ {
		k := envKey(envs[i])
		for j := 0; j < i; j++ {
			if envs[j] != "" && envKey(envs[j]) == k {
				envs[i] = ""
				break
			}
		}
	}
}

func envKey(kv string) string {
	for i := 0; i < len(kv); i++ {
		if kv[i] == '=' {
			return kv[:i]
		}
	}
	return kv
}

func findEnv(key string) int {
	for i, kv := range envs {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return i
		}
	}
	return -1
}

// Getenv returns the value of the environment variable key and whether it
// is set.
func Getenv(key string) (value string, found bool) {
	loadEnv()
	if len(key) == 0 {
		return "", false
	}
	i := findEnv(key)
	if i < 0 {
		return "", false
	}
	return envs[i][len(key)+1:], true
}

// Setenv sets the environment variable key to value.
func Setenv(key, value string) error {
	loadEnv()
	if len(key) == 0 {
		return EINVAL
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return EINVAL
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return EINVAL
		}
	}
	kv := key + "=" + value
	if i := findEnv(key); i >= 0 {
		envs[i] = kv
	} else {
		envs = append(envs, kv)
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	loadEnv()
	if i := findEnv(key); i >= 0 {
		envs[i] = ""
	}
	return nil
}

// Clearenv removes every environment variable.
func Clearenv() {
	loadEnv()
	envs = nil
}

// Environ returns a copy of the environment as "key=value" strings.
func Environ() []string {
	loadEnv()
	a := make([]string, 0, len(envs))
	for _, kv := range envs {
		if kv != "" {
			a = append(a, kv)
		}
	}
	return a
}
