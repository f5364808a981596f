namespace Emissions.Api.Tests.BadInput;

/// <summary>
/// Tests that count the bytes the whole process allocates (<see cref="GC.GetTotalAllocatedBytes"/>) while a request is
/// handled: xUnit runs this collection after the parallel ones, alone, so that no other test's work is counted.
/// </summary>
[CollectionDefinition(nameof(AloneInTheProcess), DisableParallelization = true)]
public sealed class AloneInTheProcess;
