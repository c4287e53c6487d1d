namespace Coproduce.Core.Transport;

/// <summary>The licence entitlement a volunteer drives a minibus on. The numbers are stored: never renumber one.</summary>
public enum DrivingLicence
{
    /// <summary>
    /// A car licence (category B), which covers a minibus only for a volunteer aged 21 or over who has held it for two
    /// years, in a vehicle of up to 3.5 tonnes (4.25 tonnes with a passenger lift).
    /// </summary>
    B = 1,

    /// <summary>A minibus licence (category D1): any minibus, as far as the licence goes.</summary>
    D1 = 2,
}

/// <summary>The MiDAS minibus driver assessment taken. The numbers are stored: never renumber one.</summary>
public enum MidasLevel
{
    /// <summary>Not taken.</summary>
    None = 0,

    /// <summary>Standard: passengers who walk on board.</summary>
    Standard = 1,

    /// <summary>Accessible: also wheelchair users, the lift or ramp and the restraints.</summary>
    Accessible = 2,
}
