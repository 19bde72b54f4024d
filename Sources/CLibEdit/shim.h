#ifndef EQ_CLIBEDIT_SHIM_H
#define EQ_CLIBEDIT_SHIM_H
#include <histedit.h>
#endif
