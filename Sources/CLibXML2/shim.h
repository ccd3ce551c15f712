// libxml2's push parser and SAX2 callbacks: all Netra uses of it (XMLStream.swift).
//
// Debian builds libxml2 with ICU, and its encoding header then pulls in the system's
// ICU headers, which clash with the copy Foundation bundles. Netra never touches
// libxml2's encoding handlers (workbook XML is UTF-8), so the ICU part is left out:
// only pointers to those structures appear in the types used here.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
