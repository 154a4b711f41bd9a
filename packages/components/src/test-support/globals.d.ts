// Browser tests run on Mocha (web-test-runner): its describe/it globals for the type checker.
/// <reference types="mocha" />
