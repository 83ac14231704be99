// Package crypto names the hash functions and declares the key interfaces
// the crypto packages share. A digest package registers its constructor here
// when it is linked in, so Hash.New works only for the ones a program imports.
package crypto

import (
	"hash"
	"io"
	"strconv"
)

// Hash identifies a hash function by a small number.
type Hash uint

// The hash functions, numbered as in Go; the comment names the package that
// provides each (the MD4, RIPEMD, SHA-3 and BLAKE2 ones are not in pogo).
const (
	MD4         Hash = 1 + iota // golang.org/x/crypto/md4
	MD5                         // crypto/md5
	SHA1                        // crypto/sha1
	SHA224                      // crypto/sha256
	SHA256                      // crypto/sha256
	SHA384                      // crypto/sha512
	SHA512                      // crypto/sha512
	MD5SHA1                     // no implementation
	RIPEMD160                   // golang.org/x/crypto/ripemd160
	SHA3_224                    // crypto/sha3
	SHA3_256                    // crypto/sha3
	SHA3_384                    // crypto/sha3
	SHA3_512                    // crypto/sha3
	SHA512_224                  // crypto/sha512
	SHA512_256                  // crypto/sha512
	BLAKE2s_256                 // golang.org/x/crypto/blake2s
	BLAKE2b_256                 // golang.org/x/crypto/blake2b
	BLAKE2b_384                 // golang.org/x/crypto/blake2b
	BLAKE2b_512                 // golang.org/x/crypto/blake2b
	MLDSAMu                     // the ML-DSA message representative
	maxHash
)

type hashInfo struct {
	name string
	size uint8
}

var info = [maxHash]hashInfo{
	MD4: {"MD4", 16}, MD5: {"MD5", 16}, SHA1: {"SHA-1", 20},
	SHA224: {"SHA-224", 28}, SHA256: {"SHA-256", 32}, SHA384: {"SHA-384", 48}, SHA512: {"SHA-512", 64},
	MD5SHA1: {"MD5+SHA1", 36}, RIPEMD160: {"RIPEMD-160", 20},
	SHA3_224: {"SHA3-224", 28}, SHA3_256: {"SHA3-256", 32}, SHA3_384: {"SHA3-384", 48}, SHA3_512: {"SHA3-512", 64},
	SHA512_224: {"SHA-512/224", 28}, SHA512_256: {"SHA-512/256", 32},
	BLAKE2s_256: {"BLAKE2s-256", 32}, BLAKE2b_256: {"BLAKE2b-256", 32},
	BLAKE2b_384: {"BLAKE2b-384", 48}, BLAKE2b_512: {"BLAKE2b-512", 64},
	MLDSAMu: {"ML-DSA μ message representative", 64},
}

// HashFunc returns h itself, so a Hash can be used as SignerOpts.
func (h Hash) HashFunc() Hash { return h }

func (h Hash) String() string {
	if h > 0 && h < maxHash {
		return info[h].name
	}
	return "unknown hash value " + strconv.Itoa(int(h))
}

// Size is the byte length of h's digest.
func (h Hash) Size() int {
	if h > 0 && h < maxHash {
		return int(info[h].size)
	}
	panic("crypto: Size of unknown hash function")
}

var constructors [maxHash]func() hash.Hash

// New returns a new hash.Hash computing h; it panics if no linked package
// registered h.
func (h Hash) New() hash.Hash {
	if h > 0 && h < maxHash && constructors[h] != nil {
		return constructors[h]()
	}
	panic("crypto: requested hash function unavailable: " + h.String())
}

// Available reports whether h has a registered implementation.
func (h Hash) Available() bool { return h < maxHash && constructors[h] != nil }

// RegisterHash makes f the constructor of h; digest packages call it from
// their init functions.
func RegisterHash(h Hash, f func() hash.Hash) {
	if h == 0 || h >= maxHash {
		panic("crypto: RegisterHash of unknown hash function")
	}
	if h == MLDSAMu {
		panic("crypto: cannot RegisterHash for MLDSAMu")
	}
	constructors[h] = f
}

// PublicKey is a public key of any algorithm.
type PublicKey any

// PrivateKey is a private key of any algorithm.
type PrivateKey any

// Signer is a private key that can sign digests.
type Signer interface {
	Public() PublicKey
	Sign(rand io.Reader, digest []byte, opts SignerOpts) (signature []byte, err error)
}

// MessageSigner is a Signer that can also sign whole messages.
type MessageSigner interface {
	Signer
	SignMessage(rand io.Reader, msg []byte, opts SignerOpts) (signature []byte, err error)
}

// SignerOpts carries signing options; HashFunc names the digest used.
type SignerOpts interface {
	HashFunc() Hash
}

// Decrypter is a private key that can decrypt.
type Decrypter interface {
	Public() PublicKey
	Decrypt(rand io.Reader, msg []byte, opts DecrypterOpts) (plaintext []byte, err error)
}

// DecrypterOpts carries decryption options.
type DecrypterOpts any

// Decapsulator is the private half of a key encapsulation mechanism.
type Decapsulator interface {
	Encapsulator() Encapsulator
	Decapsulate(ciphertext []byte) (sharedKey []byte, err error)
}

// Encapsulator is the public half of a key encapsulation mechanism.
type Encapsulator interface {
	Bytes() []byte
	Encapsulate() (sharedKey, ciphertext []byte)
}

// SignMessage signs msg with signer: directly when it is a MessageSigner,
// otherwise by signing the digest opts names (or msg itself if none).
func SignMessage(signer Signer, rand io.Reader, msg []byte, opts SignerOpts) ([]byte, error) {
	if ms, ok := signer.(MessageSigner); ok {
		return ms.SignMessage(rand, msg, opts)
	}
	if h := opts.HashFunc(); h != 0 {
		if !h.Available() {
			return nil, unavailableError(h)
		}
		d := h.New()
		d.Write(msg)
		msg = d.Sum(nil)
	}
	return signer.Sign(rand, msg, opts)
}

type unavailableError Hash

func (h unavailableError) Error() string {
	return "crypto: requested hash function unavailable: " + Hash(h).String()
}
