using System.Globalization;

namespace Coproduce.Core.Demo.Benchmark;

/// <summary>
/// What the benchmark's transfers say on a statement, in the words a coordinator would type: who helped whom with
/// what, what a volunteer did for the network, what a member spent their credits on.
/// </summary>
internal static class TransferStories
{
    // {0} the helper (who is paid), {1} the person helped (who pays), {2} a town.
    private static readonly string[] Exchanges =
    [
        "{0} gave {1} a lift to the surgery in {2} and back",
        "{0} did {1}'s shopping in {2}",
        "{0} walked {1}'s dog while {1} was laid up",
        "{0} helped {1} fill in a blue badge form",
        "{0} cut {1}'s hedge and cleared the back garden",
        "{0} put up shelves in {1}'s kitchen",
        "{0} set up video calls on {1}'s tablet",
        "{0} sat with {1} for a cup of tea and a chat",
        "{0} helped {1} practise Welsh for the class in {2}",
        "{0} fixed {1}'s bike",
        "{0} cooked meals for {1} after a stay in hospital",
        "{0} read {1}'s post aloud and sorted out the bills",
        "{0} took {1} to the library in {2}",
        "{0} painted {1}'s fence",
        "{0} collected {1}'s prescription in {2}",
    ];

    // {0} a town.
    private static readonly string[] Volunteering =
    [
        "Volunteering at the {0} food bank",
        "Litter pick on {0} common",
        "Helping at the {0} community café",
        "Stewarding the {0} carnival",
        "Gardening at the {0} community allotment",
        "Listening to children read at a {0} primary school",
        "Mending at the {0} repair café",
        "Befriending calls from the {0} hub",
        "Setting up the hall for the {0} coffee morning",
    ];

    private static readonly string[] TimebankThanks =
    [
        "Welcome hours",
        "Thank you for helping at the timebank stall",
        "Hours for running the timebank's coffee morning",
        "Thank you for training new members",
    ];

    public static string Exchange(Random random, string helper, string helped) =>
        string.Format(CultureInfo.InvariantCulture, Pick(random, Exchanges), helper, helped, Town(random));

    public static string Award(Random random) =>
        string.Format(CultureInfo.InvariantCulture, Pick(random, Volunteering), Town(random));

    public static string TimebankAward(Random random) => Pick(random, TimebankThanks);

    private static string Town(Random random) => Pick(random, CommunityWords.Towns).Town;

    private static T Pick<T>(Random random, T[] choices) => choices[random.Next(choices.Length)];
}
