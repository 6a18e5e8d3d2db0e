#!/usr/bin/env bash
# Makes the throw-away certificates the test servers use, with openssl only (no faketime):
#   ca.pem/ca.key                 test CA (valid from 60 days ago for ten years)
#   localhost.pem/.key            CN=localhost, SAN DNS:localhost + IP:127.0.0.1 + IP:127.0.0.2
#                                 (Dovecot's address, dovecot.sh), signed by the CA
#   expired.pem/.key              same names, signed by the CA, valid from 60 to 1 day(s) ago
#   wronghost.pem/.key            CN=wrong.example, SAN DNS:wrong.example only, signed by the CA
#   selfsigned.pem/.key           CN=localhost with the localhost SANs, signed by itself
#   fingerprints.env              NAME_SHA256=AB:CD:… as `openssl x509 -fingerprint -sha256` prints
# Usage: make-certs.sh DIR   (DIR is created; existing files in it are replaced)
set -euo pipefail
dir=${1:?usage: make-certs.sh DIR}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
work=$(mktemp -d "$dir/.ca.XXXXXX")
trap 'rm -rf "$work"' EXIT

# openssl 3.0's `x509 -req` cannot set a start date; `openssl ca -startdate/-enddate` can, so
# every certificate goes through a minimal private CA configuration (no system openssl.cnf).
stamp() { date -u -d "$1" +%Y%m%d%H%M%SZ; }
past_start=$(stamp '-60 days')
ten_years=$(stamp '+3650 days')
expired_end=$(stamp '-1 day')

touch "$work/index.txt"
echo 1000 >"$work/serial"
cat >"$work/ca.cnf" <<CNF
[ ca ]
default_ca = testca
[ testca ]
database = $work/index.txt
serial = $work/serial
new_certs_dir = $work
default_md = sha256
policy = anything
unique_subject = no
copy_extensions = none
email_in_dn = no
[ anything ]
commonName = supplied
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = placeholder
[ v3_ca ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ localhost ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid, issuer
subjectAltName = DNS:localhost, IP:127.0.0.1, IP:127.0.0.2
[ wronghost ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid, issuer
subjectAltName = DNS:wrong.example
[ selfsigned ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment, keyCertSign
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
subjectAltName = DNS:localhost, IP:127.0.0.1
CNF

ossl() { openssl "$@" 2>"$work/openssl.log" || { cat "$work/openssl.log" >&2; exit 1; }; }
newkey() { ossl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$dir/$1.key"; }
csr() { ossl req -new -config "$work/ca.cnf" -key "$dir/$1.key" -subj "/CN=$2" -out "$work/$1.csr"; }
# sign NAME EXTENSIONS START END [extra openssl ca options]
sign() {
    local name=$1 ext=$2 start=$3 end=$4
    shift 4
    ossl ca -batch -notext -config "$work/ca.cnf" -extensions "$ext" -startdate "$start" -enddate "$end" \
        -in "$work/$name.csr" -out "$dir/$name.pem" "$@"
}

newkey ca
csr ca "Mailwright Test CA"
sign ca v3_ca "$past_start" "$ten_years" -selfsign -keyfile "$dir/ca.key"

for name in localhost expired wronghost selfsigned; do newkey "$name"; done
csr localhost localhost
sign localhost localhost "$past_start" "$ten_years" -cert "$dir/ca.pem" -keyfile "$dir/ca.key"
csr expired localhost
sign expired localhost "$past_start" "$expired_end" -cert "$dir/ca.pem" -keyfile "$dir/ca.key"
csr wronghost wrong.example
sign wronghost wronghost "$past_start" "$ten_years" -cert "$dir/ca.pem" -keyfile "$dir/ca.key"
csr selfsigned localhost
sign selfsigned selfsigned "$past_start" "$ten_years" -selfsign -keyfile "$dir/selfsigned.key"

chmod 644 "$dir"/*.pem "$dir"/*.key
{
    for name in ca localhost expired wronghost selfsigned; do
        fp=$(openssl x509 -in "$dir/$name.pem" -noout -fingerprint -sha256)
        printf '%s_SHA256=%s\n' "${name^^}" "${fp#*=}"
    done
} >"$dir/fingerprints.env"
