package sync

// Map is a map safe for concurrent use, with the sync.Map API. This version is a
// plain map guarded by a Mutex; Range works on a snapshot of the entries, so f may
// change the map. Methods unlock by defer: an unhashable key (or an uncomparable
// value in CompareAndSwap) panics inside the critical section, and the program
// may recover and go on using the map.
type Map struct {
	mu Mutex
	m  map[any]any
}

func (m *Map) init() {
	if m.m == nil {
		m.m = make(map[any]any)
	}
}

// Load returns the value stored for key, if any.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, ok = m.m[key]
	return value, ok
}

// Store sets the value for key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.init()
	m.m[key] = value
}

// LoadOrStore returns the existing value for key if present (loaded is true);
// otherwise it stores and returns value.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.init()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.m[key] = value
	return value, false
}

// LoadAndDelete deletes the value for key, returning the previous value if any.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	delete(m.m, key)
	return value, loaded
}

// Delete deletes the value for key.
func (m *Map) Delete(key any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.m, key)
}

// Swap stores value for key and returns the previous value, if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.init()
	previous, loaded = m.m[key]
	m.m[key] = value
	return previous, loaded
}

// CompareAndSwap stores new for key if the stored value equals old.
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		return true
	}
	return false
}

// CompareAndDelete deletes key if its value equals old.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		delete(m.m, key)
		return true
	}
	return false
}

// Range calls f for each key and value until f returns false.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	vals := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], vals[i]) {
			break
		}
	}
}

// Clear deletes every entry.
func (m *Map) Clear() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.m = nil
}
