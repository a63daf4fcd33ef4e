#pragma once

// Breaks the layering on purpose: check_layering_fails.cmake expects this file named.
#include "ui/pages/MainWindow.h"
