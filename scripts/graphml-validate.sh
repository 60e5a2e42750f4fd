#!/usr/bin/env bash
# Validate a GraphML file against the GraphML XML Schema with xmllint, offline.
#
#   scripts/graphml-validate.sh FILE.graphml XSD_DIR
#
# XSD_DIR holds the schema's files as graphml.graphdrawing.org publishes them (graphml.xsd,
# graphml-structure.xsd, graphml-attributes.xsd, graphml-parseinfo.xsd, xlink.xsd); the
# schema names its parts by http:// URLs, which an XML catalog maps to that folder, so
# xmllint never touches the network (--nonet). Exit code 0 when the file is valid.
set -euo pipefail
if [ $# -ne 2 ]; then
    echo "usage: $0 FILE.graphml XSD_DIR" >&2
    exit 2
fi
file=$1
schemas=$(cd "$2" && pwd)
command -v xmllint >/dev/null || { echo "xmllint not found (Debian: apt-get install libxml2-utils)" >&2; exit 2; }
[ -f "$schemas/graphml.xsd" ] || { echo "$schemas/graphml.xsd: not found" >&2; exit 2; }
catalog=$(mktemp)
trap 'rm -f "$catalog"' EXIT
cat >"$catalog" <<XML
<?xml version="1.0"?>
<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
  <rewriteURI uriStartString="http://graphml.graphdrawing.org/xmlns/1.0/" rewritePrefix="file://$schemas/"/>
  <rewriteURI uriStartString="http://graphml.graphdrawing.org/xmlns/1.1/" rewritePrefix="file://$schemas/"/>
  <rewriteSystem systemIdStartString="http://graphml.graphdrawing.org/xmlns/1.0/" rewritePrefix="file://$schemas/"/>
  <rewriteSystem systemIdStartString="http://graphml.graphdrawing.org/xmlns/1.1/" rewritePrefix="file://$schemas/"/>
</catalog>
XML
XML_CATALOG_FILES=$catalog xmllint --nonet --noout --schema "$schemas/graphml.xsd" "$file"
