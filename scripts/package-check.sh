#!/usr/bin/env bash
# Builds the Debian package and proves it on a fresh Debian 12: lintian (no errors), the desktop
# entry and AppStream metainfo validate, the Windows installer script compiles with makensis, then
# the package is installed with apt into a bare Debian 12 root (debootstrap, cached under
# /var/tmp) where, from the installed paths and with no D-Bus session at all, it runs
# `identsync-cli --version`, `identsync --version`, `systemd-analyze verify` on the unit and one
# sync cycle against the fake portal with the webhook code as a systemd credential file.
#
# usage: bash scripts/package-check.sh [BUILD_DIR]     (as root; BUILD_DIR defaults to build)
# Cached root: $FRESH_ROOT_CACHE (default /var/tmp/identsync-fresh-root/base.tar), shared with
# ../shared/tools/fresh-debian-check.sh; downloaded .debs are kept in /var/tmp/identsync-fresh-root/apt.
set -euo pipefail
cd "$(dirname "$0")/.."
top=$PWD
build=${1:-build}
[ "$(id -u)" -eq 0 ] || { echo "package-check: needs root (debootstrap, chroot)" >&2; exit 2; }
start=$(date +%s)
step() { echo "package-check: $* ($(( $(date +%s) - start )) s)"; }

step "building the package"
cmake --build "$build" -j "$(nproc)" --target identsync-cli identsync identsync_package_docs \
    fake-bitrix24 ident-sample >/dev/null
rm -f "$build"/identsync_*.deb
(cd "$build" && cpack --config CPackConfig.cmake >/dev/null)
deb=$(ls "$build"/identsync_*.deb)
dpkg-deb -f "$deb" Package Version Depends Recommends
version=$(dpkg-deb -f "$deb" Version)

step "lintian"
lintian --display-info --pedantic "$deb" 2>/dev/null >"$build/lintian.txt" || true
grep -E '^(W|I|P):' "$build/lintian.txt" || true
if grep -q '^E:' "$build/lintian.txt"; then
    grep '^E:' "$build/lintian.txt"
    echo "FAIL: lintian reports errors"; exit 1
fi

step "desktop entry, AppStream metainfo"
desktop-file-validate packaging/linux/org.identsync.IdentSync.desktop
appstreamcli validate --no-net --pedantic "$build/packaging/org.identsync.IdentSync.metainfo.xml" \
    | grep -v '^$' || true
appstreamcli validate --no-net "$build/packaging/org.identsync.IdentSync.metainfo.xml" >/dev/null \
    || { echo "FAIL: the AppStream metainfo does not validate"; exit 1; }

step "Windows installer script (makensis over a stand-in payload)"
bash packaging/windows/check-nsis.sh

cache=${FRESH_ROOT_CACHE:-/var/tmp/identsync-fresh-root/base.tar}
apt_cache=$(dirname "$cache")/apt
mkdir -p "$(dirname "$cache")" "$apt_cache/partial"
if [ ! -f "$cache" ]; then
    step "creating a bare Debian 12 root (once)"
    base=$(mktemp -d /var/tmp/identsync-debootstrap.XXXXXX)
    debootstrap --variant=minbase bookworm "$base" http://deb.debian.org/debian >"$base.log" 2>&1 \
        || { tail -20 "$base.log" >&2; exit 1; }
    tar -C "$base" -cf "$cache" . && rm -rf "$base" "$base.log"
fi

root=$(mktemp -d /var/tmp/identsync-pkgroot.XXXXXX)
cleanup() {
    for m in var/cache/apt/archives dev/pts dev proc sys; do umount -l "$root/$m" 2>/dev/null || true; done
    rm -rf "$root"
}
trap cleanup EXIT
step "installing the package into a fresh Debian 12 root"
tar -C "$root" -xf "$cache"
# The cached tree keeps mktemp's 0700 on its top: the fresh system's users must traverse "/".
chmod 0755 "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/" 2>/dev/null || true
mount -t proc proc "$root/proc"; mount --rbind /sys "$root/sys"; mount --rbind /dev "$root/dev"
mount --bind "$apt_cache" "$root/var/cache/apt/archives"
mkdir -p "$root/opt/identsync-check"
cp "$deb" "$root/opt/identsync-check/"
cp "$build/tools/fake-bitrix24/fake-bitrix24" "$build/tools/ident-sample/ident-sample" \
    packaging/tests/credential-sync.sh "$root/opt/identsync-check/"
in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive bash -c "$1"
}
# systemd only for `systemd-analyze verify`; the package itself does not need it.
in_root "apt-get update -qq && apt-get install -y -qq --no-install-recommends \
    /opt/identsync-check/$(basename "$deb") systemd" >"$build/package-install.log" 2>&1 \
    || { tail -30 "$build/package-install.log"; echo "FAIL: apt cannot install the package on Debian 12"; exit 1; }

step "running from the installed paths (no D-Bus session)"
in_root 'set -e
    for f in /usr/bin/identsync /usr/bin/identsync-cli /lib/systemd/system/identsync.service \
             /etc/identsync/identsync.ini /usr/share/applications/org.identsync.IdentSync.desktop \
             /usr/share/icons/hicolor/scalable/apps/org.identsync.IdentSync.svg \
             /usr/share/metainfo/org.identsync.IdentSync.metainfo.xml \
             /usr/share/man/man1/identsync-cli.1.gz /usr/share/doc/identsync/install.md; do
        test -e "$f" || { echo "FAIL: the package did not install $f"; exit 1; }
    done
    getent passwd identsync >/dev/null || { echo "FAIL: no identsync system user"; exit 1; }
    [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] || exit 1
    identsync-cli --version | grep -qx "identsync-cli '"$version"'" \
        || { echo "FAIL: identsync-cli --version does not print '"$version"'"; exit 1; }
    echo "identsync-cli --version: $(identsync-cli --version)"
    systemd-analyze verify --man=no /lib/systemd/system/identsync.service
    echo "systemd-analyze verify: identsync.service accepted"
    bash /opt/identsync-check/credential-sync.sh /opt/identsync-check
    # Monitor mode: the service (user identsync, its ExecStartPre, umask 0007) creates the state
    # database; a console user in group identsync must then be able to write commands into it.
    install -d -o identsync -g identsync -m 0770 /var/lib/identsync
    printf "[portal]\nurl=https://clinic.bitrix24.ru/rest/1/\n[state]\ndriver=sqlite\npath=/var/lib/identsync/state.db\n[source.main]\ndriver=sqlite\ndatabase=/var/lib/identsync/none.db\n" >/opt/identsync-check/monitor.ini
    pre=$(sed -n "s/^ExecStartPre=//p" /lib/systemd/system/identsync.service)
    setpriv --reuid identsync --regid identsync --init-groups sh -c "$pre"
    setpriv --reuid identsync --regid identsync --init-groups sh -c \
        "umask 0007; identsync-cli --config /opt/identsync-check/monitor.ini status >/dev/null"
    useradd --create-home --groups identsync alice
    setpriv --reuid alice --regid alice --init-groups identsync-cli \
        --config /opt/identsync-check/monitor.ini queue retry --all-dead \
        || { ls -l /var/lib/identsync; echo "FAIL: a member of group identsync cannot write to the service state database"; exit 1; }
    echo "monitor mode: group identsync can write the service state database ($(stat -c %A /var/lib/identsync/state.db))"
    # The console must answer --version without a display and without opening a window.
    console=$(timeout 60 identsync --version 2>/dev/null) \
        || { echo "FAIL: identsync --version failed or did not exit within 60 s (it needs no display)"; exit 1; }
    echo "$console" | grep -q "'"$version"'" \
        || { echo "FAIL: identsync --version printed: $console"; exit 1; }
    echo "identsync --version: $console"' \
    || { echo "FAIL: the installed package does not work on a fresh Debian 12 root"; exit 1; }
echo "PASS: package-check in $(( $(date +%s) - start )) s"
