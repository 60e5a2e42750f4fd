#ifndef GAPGRAPH_CLIBXML2_SHIM_H
#define GAPGRAPH_CLIBXML2_SHIM_H

// Debian's libxml2 headers pull in ICU when LIBXML_ICU_ENABLED is set; ICU's
// declarations then clash with Foundation's private copy (_FoundationICU).
// Nothing here uses ICU, so switch it off before any other libxml2 header.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>

#endif
