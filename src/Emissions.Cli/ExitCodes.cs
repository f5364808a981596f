namespace Emissions.Cli;

/// <summary>Exit codes from CONTRACT.md.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int MaterialDiscrepancy = 1;
    public const int BadInput = 2;
}
