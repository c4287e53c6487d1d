using Microsoft.Extensions.DependencyInjection;

namespace Coproduce.Core.Journeys;

/// <summary>Registers the store of journeys' answers. Needs the database from <c>AddCoproduceCore</c>.</summary>
public static class JourneyServices
{
    /// <summary>Adds <see cref="JourneyStore"/>.</summary>
    public static IServiceCollection AddJourneys(this IServiceCollection services) => services.AddSingleton<JourneyStore>();
}
