library(testthat)
library(tessera)

test_check("tessera")
