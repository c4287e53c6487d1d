namespace Coproduce.Core.Transport;

/// <summary>How a wheelchair user gets on board. The numbers are stored: never renumber one.</summary>
public enum VehicleAccess
{
    /// <summary>Steps only: no wheelchair can board.</summary>
    Steps = 0,

    /// <summary>A ramp, folded out at the side or back.</summary>
    Ramp = 1,

    /// <summary>A passenger lift (a tail-lift). It adds weight, which the car-licence rules allow for.</summary>
    Lift = 2,
}
