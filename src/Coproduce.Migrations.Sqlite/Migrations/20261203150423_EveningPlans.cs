using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "ToldUntil",
                table: "TransportBookings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TransportEveningPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Evening = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    LeftOutSoFar = table.Column<int>(type: "INTEGER", nullable: true),
                    PlannedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedRevision = table.Column<int>(type: "INTEGER", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedById = table.Column<Guid>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    VehicleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DriverId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Leaves = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Returns = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Kilometres = table.Column<double>(type: "REAL", nullable: false)
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
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false)
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
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsPickup = table.Column<bool>(type: "INTEGER", nullable: false),
                    Due = table.Column<TimeOnly>(type: "TEXT", nullable: false)
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
