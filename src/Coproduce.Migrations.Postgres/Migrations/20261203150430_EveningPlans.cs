using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EveningPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<TimeOnly>(
                name: "ToldFrom",
                table: "TransportBookings",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "ToldUntil",
                table: "TransportBookings",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TransportEveningPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Evening = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RequestedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    LeftOutSoFar = table.Column<int>(type: "integer", nullable: true),
                    PlannedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    PublishedRevision = table.Column<int>(type: "integer", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedById = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransportEveningPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TransportEveningPlans_Organisations_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportEveningPlans_People_PublishedById",
                        column: x => x.PublishedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportEveningPlans_People_RequestedById",
                        column: x => x.RequestedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TransportPlannedRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    VehicleId = table.Column<Guid>(type: "uuid", nullable: false),
                    DriverId = table.Column<Guid>(type: "uuid", nullable: false),
                    Leaves = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Returns = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Kilometres = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransportPlannedRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TransportPlannedRuns_People_DriverId",
                        column: x => x.DriverId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportPlannedRuns_TransportEveningPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "TransportEveningPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TransportPlannedRuns_TransportVehicles_VehicleId",
                        column: x => x.VehicleId,
                        principalTable: "TransportVehicles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TransportUnplannedTrips",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransportUnplannedTrips", x => new { x.PlanId, x.Revision, x.BookingId });
                    table.ForeignKey(
                        name: "FK_TransportUnplannedTrips_TransportBookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "TransportBookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportUnplannedTrips_TransportEveningPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "TransportEveningPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TransportRunStops",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsPickup = table.Column<bool>(type: "boolean", nullable: false),
                    Due = table.Column<TimeOnly>(type: "time without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransportRunStops", x => new { x.RunId, x.Order });
                    table.ForeignKey(
                        name: "FK_TransportRunStops_TransportBookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "TransportBookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportRunStops_TransportPlannedRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "TransportPlannedRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TransportEveningPlans_PublishedById",
                table: "TransportEveningPlans",
                column: "PublishedById");

            migrationBuilder.CreateIndex(
                name: "IX_TransportEveningPlans_RequestedById",
                table: "TransportEveningPlans",
                column: "RequestedById");

            migrationBuilder.CreateIndex(
                name: "IX_TransportEveningPlans_ServiceId_Evening",
                table: "TransportEveningPlans",
                columns: new[] { "ServiceId", "Evening" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TransportEveningPlans_Status_RequestedAt",
                table: "TransportEveningPlans",
                columns: new[] { "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TransportPlannedRuns_DriverId",
                table: "TransportPlannedRuns",
                column: "DriverId");

            migrationBuilder.CreateIndex(
                name: "IX_TransportPlannedRuns_PlanId_Revision_Number",
                table: "TransportPlannedRuns",
                columns: new[] { "PlanId", "Revision", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TransportPlannedRuns_VehicleId",
                table: "TransportPlannedRuns",
                column: "VehicleId");

            migrationBuilder.CreateIndex(
                name: "IX_TransportRunStops_BookingId",
                table: "TransportRunStops",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_TransportUnplannedTrips_BookingId",
                table: "TransportUnplannedTrips",
                column: "BookingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TransportRunStops");

            migrationBuilder.DropTable(
                name: "TransportUnplannedTrips");

            migrationBuilder.DropTable(
                name: "TransportPlannedRuns");

            migrationBuilder.DropTable(
                name: "TransportEveningPlans");

            migrationBuilder.DropColumn(
                name: "ToldFrom",
                table: "TransportBookings");

            migrationBuilder.DropColumn(
                name: "ToldUntil",
                table: "TransportBookings");
        }
    }
}
