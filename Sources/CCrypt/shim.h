// libxcrypt (libcrypt-dev): salted, deliberately slow password hashing for the kiosk PIN.
#include <crypt.h>
