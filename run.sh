#!/usr/bin/env bash
# Starts DanVan.Orchard on the embedded defaults (SQLite, file-system App_Data, no outside services) with the
# provincial portal (Default tenant) and two sample district tenants set up on first run.
set -euo pipefail
cd "$(dirname "$0")/src/DanVan.Web"

URLS=${URLS:-http://localhost:5000}
PASSWORD=${DANVAN_ADMIN_PASSWORD:-matkhau-2026}
# No mail server locally: mails (password links, invitations) are written as .eml files, not to the log.
export DanVan__Email__MailDrop=${DanVan__Email__MailDrop:-true}

# Published, not just built: the assets are then served as in production (fingerprinted URLs with a year of
# immutable cache, precompressed brotli and gzip), where a build's output serves them uncompressed and uncached.
# An unchanged tree republishes incrementally in about the time of a build. App_Data, appsettings.json and the mail
# drop stay here (the content root); only the web root is the published one.
dotnet publish --configuration Release --nologo --verbosity quiet
publish=bin/Release/net10.0/publish
app=(dotnet "$publish/DanVan.Web.dll")

tenants=$("${app[@]}" tenants list)
if ! grep -Eq '^Default +Running' <<<"$tenants"; then
  "${app[@]}" tenants setup --name Default --recipe province-portal --site-name "Ban Dân vận Tỉnh ủy" \
    --admin-email admin@danvan.local --admin-password "$PASSWORD"
fi

while IFS='|' read -r name prefix display; do
  if ! grep -Eq "^$name +" <<<"$tenants"; then
    "${app[@]}" tenants create --name "$name" --prefix "$prefix" --display-name "$display" \
      --recipe district-board --recipe sample-content \
      --admin-email "admin@$prefix.danvan.local" --admin-password "$PASSWORD"
  fi
done <<'DISTRICTS'
HoaAn|hoa-an|Ban Dân vận Huyện ủy Hòa An
TraLinh|tra-linh|Ban Dân vận Huyện ủy Trà Lĩnh
DISTRICTS

cat <<INFO

DanVan.Orchard is starting on $URLS
  Provincial portal : $URLS/
  District subsites : $URLS/hoa-an/   $URLS/tra-linh/
  Admin (sign in)   : $URLS/admin   $URLS/hoa-an/admin   $URLS/tra-linh/admin
  Administrators    : user name admin in each tenant (admin@danvan.local, admin@hoa-an.danvan.local, admin@tra-linh.danvan.local)
                      password: $PASSWORD   (set DANVAN_ADMIN_PASSWORD before the first run to choose another)
  Data              : $(pwd)/App_Data   (delete it to start over)
  Mails (no SMTP)   : $(pwd)/App_Data/Sites/<tenant>/mail-drop/*.eml
Stop with Ctrl+C.

INFO
exec "${app[@]}" --urls "$URLS" --webroot "$publish/wwwroot"
