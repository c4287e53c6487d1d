using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DriverAvailability : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TransportDriverAvailability",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    SetById = table.Column<Guid>(type: "TEXT", nullable: false),
                    SetAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransportDriverAvailability", x => new { x.ServiceId, x.PersonId });
                    table.CheckConstraint("CK_TransportDriverAvailability_Days", "\"Days\" > 0 AND \"Days\" < 128");
                    table.ForeignKey(
                        name: "FK_TransportDriverAvailability_Organisations_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportDriverAvailability_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportDriverAvailability_People_SetById",
                        column: x => x.SetById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TransportDriverDaysOff",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransportDriverDaysOff", x => x.Id);
                    table.CheckConstraint("CK_TransportDriverDaysOff_Days", "\"LastDay\" >= \"FirstDay\"");
                    table.ForeignKey(
                        name: "FK_TransportDriverDaysOff_Organisations_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportDriverDaysOff_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportDriverDaysOff_People_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TransportDriverAvailability_PersonId",
                table: "TransportDriverAvailability",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_TransportDriverAvailability_SetById",
                table: "TransportDriverAvailability",
                column: "SetById");

            migrationBuilder.CreateIndex(
                name: "IX_TransportDriverDaysOff_PersonId",
                table: "TransportDriverDaysOff",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_TransportDriverDaysOff_RecordedById",
                table: "TransportDriverDaysOff",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_TransportDriverDaysOff_ServiceId_PersonId_LastDay",
                table: "TransportDriverDaysOff",
                columns: new[] { "ServiceId", "PersonId", "LastDay" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TransportDriverAvailability");

            migrationBuilder.DropTable(
                name: "TransportDriverDaysOff");
        }
    }
}
