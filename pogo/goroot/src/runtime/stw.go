package runtime

// Stopping the world, for the collector and GOMAXPROCS. The stopper sets
// sched.gcwaiting and preemptFlag; every other P stops at its M's next
// scheduling point (a preemption check in compiled code, a block, a yield: the
// g0 then parks with the P marked pStopped), idle Ps are taken off the idle
// list, and Ps whose M is in a system call are marked stopped at once (such an
// M must get a P before it touches the heap again; exitsyscall finds none while
// the world is stopped and queues its goroutine instead). No runtime lock is
// held across a stop (m.locks), so no M can wait for a lock the stopped ones
// hold.

// stopTheWorld returns when the caller's P is the only one running. If another
// M is stopping the world already, the caller lets itself be stopped first.
func stopTheWorld() {
	for {
		lock(&sched.lock)
		if load32(&sched.gcwaiting) == 0 {
			break
		}
		unlock(&sched.lock)
		switchToG0(actPreempt, nil)
	}
	store32(&sched.gcwaiting, 1)
	store32(&sched.stopnote, 0)
	sched.stopwait = int32(gomaxprocs) - 1
	for pp := sched.pidle; pp != nil; pp = pp.link {
		store32(&pp.status, pStopped)
		sched.stopwait--
	}
	sched.pidle = nil
	sched.npidle = 0
	mine := getg().m.p
	for i := 0; i < gomaxprocs; i++ {
		pp := allp[i]
		if pp != mine {
			if retakeSyscall(pp, pStopped) {
				sched.stopwait--
			} else if pstatus(pp) == pRunning {
				store32(&pp.preempt, 1)
			}
		}
	}
	store32(&preemptFlag, 1)
	for sched.stopwait > 0 {
		unlock(&sched.lock)
		futexsleep(&sched.stopnote, 0, 100000, &getg().m.ts)
		store32(&preemptFlag, 1)
		lock(&sched.lock)
		for i := 0; i < gomaxprocs; i++ {
			pp := allp[i]
			if pp != mine && retakeSyscall(pp, pStopped) {
				sched.stopwait--
			}
		}
	}
	unlock(&sched.lock)
}

// startTheWorld lets the stopped Ps run again: those with goroutines queued get
// an M, the others go idle.
func startTheWorld() {
	// The Ps to start are chained through their idle-list link (they are on no
	// list while stopped): an array of maxProcs words would be an 8 KB frame, and
	// this runs on a goroutine's stack, in the 4 KiB reserve below its bound.
	var start *p
	lock(&sched.lock)
	store32(&sched.gcwaiting, 0)
	mine := getg().m.p
	for i := gomaxprocs - 1; i >= 0; i-- {
		pp := allp[i]
		if pp == mine || load32(&pp.status) != pStopped {
			continue
		}
		store32(&pp.preempt, 0)
		if runqempty(pp) {
			pidleput(pp)
		} else {
			pp.link = start
			start = pp
		}
	}
	unlock(&sched.lock)
	store32(&preemptFlag, 0)
	for start != nil {
		pp := start
		start = pp.link
		pp.link = nil
		startm(pp, false)
	}
	wakep()
}
