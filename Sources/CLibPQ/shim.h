// libpq, PostgreSQL's own client library (Debian: libpq-dev), as NetraDatabase uses it.
#include <libpq-fe.h>
