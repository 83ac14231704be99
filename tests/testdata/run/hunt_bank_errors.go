package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type AccountID int

type Account struct {
	ID      AccountID
	Owner   string
	Balance int64
	History []Tx
}

type Tx struct {
	Kind   string
	Amount int64
}

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrUnknown      = errors.New("unknown account")
	ErrInvalid      = errors.New("invalid amount")
)

type TxError struct {
	Op  string
	ID  AccountID
	Err error
}

func (e *TxError) Error() string { return e.Op + " " + strconv.Itoa(int(e.ID)) + ": " + e.Err.Error() }
func (e *TxError) Unwrap() error { return e.Err }

type Bank struct {
	accounts map[AccountID]*Account
	nextID   AccountID
}

func (b *Bank) Open(owner string, initial int64) AccountID {
	b.nextID++
	if b.accounts == nil {
		b.accounts = make(map[AccountID]*Account)
	}
	b.accounts[b.nextID] = &Account{ID: b.nextID, Owner: owner, Balance: initial}
	return b.nextID
}

func (b *Bank) get(op string, id AccountID) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, &TxError{op, id, ErrUnknown}
	}
	return a, nil
}

func (b *Bank) Transfer(from, to AccountID, amt int64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %d->%d failed: %w", from, to, err)
		}
	}()
	if amt <= 0 {
		return &TxError{"transfer", from, ErrInvalid}
	}
	src, err := b.get("withdraw", from)
	if err != nil {
		return err
	}
	dst, err := b.get("deposit", to)
	if err != nil {
		return err
	}
	if src.Balance < amt {
		return &TxError{"withdraw", from, fmt.Errorf("%w: need %d more", ErrInsufficient, amt-src.Balance)}
	}
	src.Balance -= amt
	dst.Balance += amt
	src.History = append(src.History, Tx{"out", amt})
	dst.History = append(dst.History, Tx{"in", amt})
	return nil
}

func main() {
	var b Bank
	alice := b.Open("alice", 100)
	bob := b.Open("bob", 50)
	cases := []struct {
		from, to AccountID
		amt      int64
	}{
		{alice, bob, 30}, {bob, alice, 100}, {alice, 99, 1}, {7, alice, 1}, {alice, bob, -5}, {bob, alice, 80},
	}
	for i, c := range cases {
		err := b.Transfer(c.from, c.to, c.amt)
		var te *TxError
		switch {
		case err == nil:
			fmt.Printf("%d ok\n", i)
		case errors.Is(err, ErrInsufficient):
			fmt.Printf("%d insufficient: %v\n", i, err)
		case errors.As(err, &te) && te.Err == ErrUnknown:
			fmt.Printf("%d unknown (op=%s id=%d): %v\n", i, te.Op, te.ID, err)
		default:
			fmt.Printf("%d other: %v | unwrapped: %v\n", i, err, errors.Unwrap(err))
		}
	}
	for _, id := range []AccountID{alice, bob} {
		a := b.accounts[id]
		var parts []string
		for _, t := range a.History {
			parts = append(parts, t.Kind+":"+strconv.FormatInt(t.Amount, 10))
		}
		fmt.Printf("%-6s %4d [%s]\n", a.Owner, a.Balance, strings.Join(parts, " "))
	}
	joined := errors.Join(ErrInvalid, nil, &TxError{"x", 1, ErrUnknown})
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrUnknown), errors.Is(joined, ErrInsufficient))
	fmt.Printf("%q\n", joined.Error())
}
