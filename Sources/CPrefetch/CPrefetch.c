// The target is the header alone (an inline function Swift inlines); a C target needs one
// source file.
#include "CPrefetch.h"
