package org.commitmentstracker.ui.main;

import org.commitmentstracker.ui.agencies.AgenciesViewModel;
import org.commitmentstracker.ui.bulk.BulkEditViewModel;
import org.commitmentstracker.ui.commitments.CommitmentsViewModel;
import org.commitmentstracker.ui.commitments.TableLayoutViewModel;
import org.commitmentstracker.ui.dashboard.DashboardViewModel;
import org.commitmentstracker.ui.detail.CommitmentDetailViewModel;
import org.commitmentstracker.ui.statements.StatementsViewModel;
import org.commitmentstracker.ui.savedviews.SavedViewsViewModel;

/** The ViewModels of the screens the main window shows, built by the composition root. */
public record Screens(CommitmentsViewModel commitments, CommitmentDetailViewModel detail, BulkEditViewModel bulk,
                      StatementsViewModel statements, AgenciesViewModel agencies, DashboardViewModel dashboard,
                      SavedViewsViewModel savedViews, TableLayoutViewModel layout,
                      org.commitmentstracker.ui.workspace.WorkspaceStatusViewModel workspace) {
}
