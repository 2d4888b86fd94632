// The target is the header alone (an inline function Swift calls); a C target needs one
// source file.
#include "CFreePages.h"
