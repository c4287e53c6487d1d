using Coproduce.Scheduling.Checking;
using static Coproduce.Scheduling.Tests.Builders;

namespace Coproduce.Scheduling.Tests;

public class BookingAdvisorTests
{
    [Fact]
    public void A_booking_that_fits_is_offered_with_times_and_the_updated_plan_checks()
    {
        var problem = RandomProblems.Create(2024, requests: 40, vehicles: 4);
        var plan = new DarpSolver().Solve(problem, new SolveOptions { MaxIterations = 300 }, TestContext.Current.CancellationToken);
        var booking = Ride("new", At(1, 60, 75), At(4), maxRide: 30);

        var offer = BookingAdvisor.Advise(problem, plan, booking);

        Assert.True(offer.CanTake, offer.Reason);
        Assert.InRange(offer.PickupTime, 60 - 1e-9, 75 + 1e-9);
        Assert.True(offer.DropoffTime >= offer.PickupTime + 3 - 1e-9);
        var report = SolutionChecker.Check(offer.UpdatedProblem, offer.UpdatedPlan!);
        Assert.True(report.IsFeasible, string.Join("; ", report.Problems));
        Assert.Equal(plan.Distance + offer.AddedDistance, report.Distance, 6);
        Assert.Equal(plan.Unserved.Count, offer.UpdatedPlan!.Unserved.Count);
    }

    [Fact]
    public void A_booking_that_cannot_fit_is_refused_with_the_reason()
    {
        var problem = ProblemOf([Ride("a", At(10, 20, 21), At(20))], Van(seats: 1));
        var plan = new DarpSolver().Solve(problem, new SolveOptions { MaxIterations = 50 }, TestContext.Current.CancellationToken);

        var clash = BookingAdvisor.Advise(problem, plan, Ride("b", At(-10, 20, 21), At(-20)));
        Assert.False(clash.CanTake);
        Assert.Contains("no vehicle could fit it in", clash.Reason, StringComparison.Ordinal);

        var tooBig = BookingAdvisor.Advise(problem, plan, Ride("c", At(1), At(2), passengers: 3));
        Assert.False(tooBig.CanTake);
        Assert.Contains("needs 3 seats", tooBig.Reason, StringComparison.Ordinal);
    }
}
