// Notebook runs set the process's working directory (as VS Code and Jupyter do for a notebook), which other
// tests' relative paths depend on: the tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
